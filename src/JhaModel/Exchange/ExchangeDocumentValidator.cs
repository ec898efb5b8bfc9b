using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Exchange;

/// <summary>Validates the envelope of an <see cref="ExchangeDocument"/>: a producer that is not blank. The records are validated by their own validators when a document is read.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class ExchangeDocumentValidator : AbstractValidator<ExchangeDocument>
{
    /// <summary>Creates the validator.</summary>
    public ExchangeDocumentValidator() => ExchangeRuleTables.Document.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static ExchangeDocumentValidator Instance { get; } = new();
}
