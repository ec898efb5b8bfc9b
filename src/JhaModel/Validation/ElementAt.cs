using FluentValidation.Results;

namespace JhaModel.Validation;

/// <summary>
/// The custom state of a failure of a rule over a whole list that names one element of it: the exchange reader reports
/// the problem at that element (<c>events[1]</c>), not at the list. A rule over the list runs its search once; a rule for
/// each element would run it once per element.
/// </summary>
/// <param name="Index">The element's index in the list the failure's property names; negative when none.</param>
internal sealed record ElementAt(int Index)
{
    /// <summary>The failure's property path down to the element it names (<c>PartyEvents[3]</c>), or its own path.</summary>
    public static string PropertyPath(ValidationFailure failure) =>
        failure.CustomState is ElementAt { Index: >= 0 } at ? $"{failure.PropertyName}[{at.Index}]" : failure.PropertyName;
}
