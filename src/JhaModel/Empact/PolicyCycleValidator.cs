using FluentValidation;
using JhaModel.Provenance;
using JhaModel.Validation;

namespace JhaModel.Empact;

/// <summary>
/// Validates a <see cref="PolicyCycle"/>: an identifier, an adoption date on or before the cycle starts, the adopting
/// body, a valid threat assessment, valid priorities of this cycle each listed once, valid results, a non-blank note
/// when given, a source and a confidence.
/// </summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class PolicyCycleValidator : AbstractValidator<PolicyCycle>
{
    /// <summary>Creates the validator.</summary>
    public PolicyCycleValidator()
    {
        RuleFor(x => x.Id).Must(EmpactRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.CycleIdMissing)
            .WithMessage("The cycle identifier is missing; expected the cycle's years, e.g. '2022-2025'.");
        RuleFor(x => x.AdoptedOn).Must(ProvenanceRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.EventDateMissing)
            .WithMessage("The cycle has no adoption date; expected the day, month or year its priorities were adopted.");
        RuleFor(x => x).Must(EmpactRules.IsAdoptedByStart)
            .WithErrorCode(JhaErrorCodes.CycleAdoptedAfterStart)
            .WithMessage(x => $"The priorities of {x.Id} were adopted on {x.AdoptedOn}, after the cycle started; expected adoption on or before {x.Id.FirstYear}-01-01.")
            .OverridePropertyName(nameof(PolicyCycle.AdoptedOn));
        RuleFor(x => x.AdoptedBy).Must(TextRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.CycleAdoptedByMissing)
            .WithMessage("The adopting body is blank; expected a body such as 'Justice and Home Affairs Council'.");
        RuleFor(x => x.ThreatAssessment).NotNull()
            .WithErrorCode(JhaErrorCodes.ThreatAssessmentMissing)
            .WithMessage("The cycle has no threat assessment; expected the assessment its priorities rest on, e.g. EU SOCTA 2021.")
            .SetValidator(ThreatAssessmentValidator.Instance);
        RuleForEach(x => x.Priorities).EachValid(EmpactRules.IsValid, CrimePriorityValidator.Instance, "The priority is null; expected a priority.");
        RuleFor(x => x).Must(x => EmpactRules.FirstPriorityOfOtherCycle(x) < 0)
            .WithErrorCode(JhaErrorCodes.PriorityOfOtherCycle)
            .WithState(x => new ElementAt(EmpactRules.FirstPriorityOfOtherCycle(x)))
            .WithMessage(x => $"Priority {EmpactRules.FirstPriorityOfOtherCycle(x)} ({KeyAt(x, EmpactRules.FirstPriorityOfOtherCycle(x))}) belongs to another cycle; expected a key of {x.Id}.")
            .OverridePropertyName(nameof(PolicyCycle.Priorities));
        RuleFor(x => x.Priorities).Must(p => EmpactRules.FirstDuplicatePriority(p) < 0)
            .WithErrorCode(JhaErrorCodes.PriorityDuplicate)
            .WithState((_, p) => new ElementAt(EmpactRules.FirstDuplicatePriority(p)))
            .WithMessage((_, p) => $"Priority {EmpactRules.FirstDuplicatePriority(p)} repeats the key of an earlier one; expected each key once.");
        RuleForEach(x => x.Results).EachValid(EmpactRules.IsValid, CycleResultValidator.Instance, "The result is null; expected a result.");
        RuleFor(x => x.Note).Must(TextRules.IsAbsentOrPresent)
            .WithErrorCode(JhaErrorCodes.EmpactTextBlank)
            .WithMessage("The note is blank; expected text or no value.");
        Include(SourcedFactValidator<PolicyCycle>.Instance);
    }

    /// <summary>A shared instance.</summary>
    public static PolicyCycleValidator Instance { get; } = new();

    private static string KeyAt(PolicyCycle cycle, int index) => index >= 0 ? cycle.Priorities[index].Key.ToString() : "none";
}
