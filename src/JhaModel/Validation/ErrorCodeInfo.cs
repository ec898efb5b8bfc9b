namespace JhaModel.Validation;

/// <summary>One entry of the error-code catalogue: a stable code, its constant's name, its area and what it means.</summary>
public sealed record ErrorCodeInfo
{
    /// <summary>The code, e.g. <c>JHA-CTY-001</c>. A code never changes meaning.</summary>
    public required string Code { get; init; }

    /// <summary>The name of the constant in <see cref="JhaErrorCodes"/>, e.g. <c>CountryCodeMissing</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The area the rule belongs to, e.g. <c>Countries</c>.</summary>
    public required string Area { get; init; }

    /// <summary>When the code can be reported: by a validator (the default), while reading, or by a document check.</summary>
    public ErrorStage Stage { get; init; } = ErrorStage.Validation;

    /// <summary>What the rule requires, in one sentence.</summary>
    public required string Description { get; init; }
}
