namespace JhaModel.Empact;

/// <summary>One result of an <see cref="OperationalAction"/>: what was counted or weighed, and how much.</summary>
public sealed record ActionResult
{
    /// <summary>What the result measures, e.g. <see cref="ResultMetric.Arrests"/>.</summary>
    public required ResultMetric Metric { get; init; }

    /// <summary>How much, with its unit.</summary>
    public required Quantity Quantity { get; init; }
}
