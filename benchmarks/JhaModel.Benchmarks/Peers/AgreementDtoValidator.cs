using FluentValidation;

namespace JhaModel.Benchmarks.Peers;

/// <summary>The same kind of rules as JhaModel's, written the usual FluentValidation way over the DTO.</summary>
public sealed class AgreementDtoValidator : AbstractValidator<AgreementDto>
{
    private static readonly string[] Forms = ["bilateral", "multilateral"];
    private static readonly string[] Confidences = ["verified", "partial", "unverified"];

    /// <summary>Creates the validator (costly: expression trees are compiled here).</summary>
    public AgreementDtoValidator()
    {
        RuleFor(x => x.Id).NotEmpty().Matches("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
        RuleFor(x => x.Kind).NotEmpty();
        RuleFor(x => x.Title).NotEmpty();
        RuleFor(x => x.Form).Must(f => Forms.Contains(f));
        RuleFor(x => x.Parties).NotEmpty().Must(p => p.Distinct().Count() == p.Count).WithMessage("Duplicate party.");
        RuleFor(x => x).Must(x => x.Form != "bilateral" || x.Parties.Count == 2).WithMessage("A bilateral agreement has two parties.");
        RuleForEach(x => x.Parties).NotEmpty();
        RuleForEach(x => x.Events).ChildRules(e =>
        {
            e.RuleFor(x => x.Kind).NotEmpty();
            e.RuleFor(x => x.Source.Title).NotEmpty();
            e.RuleFor(x => x.Confidence).Must(c => Confidences.Contains(c));
        });
        RuleForEach(x => x.PartyEvents).ChildRules(e =>
        {
            e.RuleFor(x => x.Party).NotEmpty();
            e.RuleFor(x => x.Kind).NotEmpty();
            e.RuleFor(x => x.Source.Title).NotEmpty();
            e.RuleFor(x => x.Confidence).Must(c => Confidences.Contains(c));
        });
        RuleFor(x => x).Must(x => x.PartyEvents.All(e => x.Parties.Contains(e.Party))).WithMessage("An event names an unlisted party.");
    }
}
