using FluentValidation;

namespace JhaModel.Validation;

/// <summary>
/// Rules over the elements of a list that pay FluentValidation's per-element cost (about 1.5 KB for each element it
/// visits, found by the allocation oracle of the fuzzer on an action with 10,000 co-leaders) only for elements that
/// fail: the others are filtered out with <c>Where</c>, which keeps the failing elements' indexed paths
/// (<c>coLeaders[3]</c>), codes and messages as <c>RuleForEach</c> reports them.
/// </summary>
internal static class ElementRules
{
    /// <summary>Reports every element that fails <paramref name="predicate"/>, with <paramref name="code"/> and <paramref name="message"/>.</summary>
    public static void EachMust<T, TElement>(
        this IRuleBuilderInitialCollection<T, TElement> rule, Func<TElement, bool> predicate, string code, string message) =>
        rule.Where(e => !predicate(e)).Must(predicate).WithErrorCode(code).WithMessage(message);

    /// <summary>
    /// Validates each element of a list of records with <paramref name="validator"/>, and reports a <see langword="null"/>
    /// element as <see cref="JhaErrorCodes.NullElement"/> with <paramref name="nullMessage"/>. Elements that pass the
    /// validator's fast path (<paramref name="passes"/>, which the runners' agreement tests hold equal to the validator)
    /// are left out, so a record that fails for one reason does not pay for every valid element of its lists.
    /// </summary>
    public static void EachValid<T, TElement>(
        this IRuleBuilderInitialCollection<T, TElement> rule, Func<TElement, bool> passes, IValidator<TElement> validator, string nullMessage)
        where TElement : class =>
        rule.Where(e => e is null || !passes(e))
            .NotNull().WithErrorCode(JhaErrorCodes.NullElement).WithMessage(nullMessage)
            .SetValidator(validator);
}
