using FsCheck;
using FsCheck.Fluent;
using JhaModel.Validation;

namespace JhaModel.Testing;

/// <content>Breaking generators of the exchange envelope rules.</content>
public static partial class Invalid
{
    private static IEnumerable<BreakingCase> ExchangeCases() =>
    [
        Case(JhaErrorCodes.ProducerMissing, from d in JhaGenerators.ExchangeDocument from producer in Blank select d with { Producer = producer }),
    ];
}
