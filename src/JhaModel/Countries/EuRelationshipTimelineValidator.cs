using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Countries;

/// <summary>
/// Validates an <see cref="EuRelationshipTimeline"/>: no null events, each event valid, chronological order,
/// no duplicate events, and no withdrawal without an earlier membership.
/// </summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class EuRelationshipTimelineValidator : AbstractValidator<EuRelationshipTimeline>
{
    /// <summary>Creates the validator.</summary>
    public EuRelationshipTimelineValidator()
    {
        RuleForEach(x => x.Events).EachValid(CountryRules.IsValid, EuRelationEventValidator.Instance, "The event is null; expected an event.");
        RuleFor(x => x.Events).Must(e => CountryRules.FirstEventOutOfOrder(e) < 0)
            .WithErrorCode(JhaErrorCodes.EuEventsOutOfOrder)
            .WithState((_, e) => new ElementAt(CountryRules.FirstEventOutOfOrder(e)))
            .WithMessage((_, e) => $"events[{CountryRules.FirstEventOutOfOrder(e)}] ({Describe(e, CountryRules.FirstEventOutOfOrder(e))}) happened before the event listed before it; expected the events in chronological order.");
        RuleFor(x => x.Events).Must(e => CountryRules.FirstDuplicateEvent(e) < 0)
            .WithErrorCode(JhaErrorCodes.EuEventDuplicate)
            .WithState((_, e) => new ElementAt(CountryRules.FirstDuplicateEvent(e)))
            .WithMessage((_, e) => $"events[{CountryRules.FirstDuplicateEvent(e)}] ({Describe(e, CountryRules.FirstDuplicateEvent(e))}) repeats an earlier event; expected each event once.");
        RuleFor(x => x.Events).Must(e => CountryRules.FirstWithdrawalWithoutMembership(e) < 0)
            .WithErrorCode(JhaErrorCodes.WithdrawalWithoutMembership)
            .WithState((_, e) => new ElementAt(CountryRules.FirstWithdrawalWithoutMembership(e)))
            .WithMessage((_, e) => $"events[{CountryRules.FirstWithdrawalWithoutMembership(e)}] ({Describe(e, CountryRules.FirstWithdrawalWithoutMembership(e))}) is a withdrawal with no membership before it; expected a membership event first.");
    }

    /// <summary>A shared instance.</summary>
    public static EuRelationshipTimelineValidator Instance { get; } = new();

    private static string Describe(IReadOnlyList<EuRelationEvent> events, int index) =>
        index >= 0 && events[index] is { } e ? $"{Serialization.StrictEnumConverter<EuRelationEventKind>.NameOf(e.Kind)} on {e.Date}" : "none";
}
