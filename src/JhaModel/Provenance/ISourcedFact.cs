namespace JhaModel.Provenance;

/// <summary>A fact that carries its <see cref="Provenance.Source"/> and <see cref="Provenance.Confidence"/>.</summary>
public interface ISourcedFact
{
    /// <summary>Where the fact comes from.</summary>
    Source Source { get; }

    /// <summary>How well the fact has been checked against <see cref="Source"/>.</summary>
    Confidence Confidence { get; }
}
