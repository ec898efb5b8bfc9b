namespace JhaModel.Validation;

/// <summary>
/// The custom state of a failure of a rule over a whole list that names one element of it: the exchange reader reports
/// the problem at that element (<c>events[1]</c>), not at the list.
/// </summary>
/// <param name="Index">The element's index in the list the failure's property names; negative when none.</param>
internal sealed record ElementAt(int Index);
