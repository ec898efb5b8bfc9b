using FluentValidation;
using FluentValidation.Results;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Exchange;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Statistics;

namespace JhaModel.Validation;

/// <summary>
/// Validation with two runners over one set of rules: a fast path that runs the rules' predicates directly —
/// without allocating for the countries, organisations, provenance and agreements rules — and answers "valid" for valid values, and the FluentValidation
/// validator of the type, built on first need, which runs only when a value fails and reports every problem in detail.
/// </summary>
/// <remarks>
/// Every rule is declared once, in its type's rule table (predicate, code, message, wire member); the fast path and the
/// validator both run that table. A property test checks that both runners agree on generated valid values and on every
/// rule's breaking generator. All members are thread-safe.
/// </remarks>
public static class JhaValidation
{
    static JhaValidation()
    {
        Register(ProvenanceRules.IsValid, () => SourceValidator.Instance);
        Register(CountryRules.IsValid, () => EuRelationEventValidator.Instance);
        Register(CountryRules.IsValid, () => EuRelationshipTimelineValidator.Instance);
        Register(CountryRules.IsValid, () => FormerCountryNameValidator.Instance);
        Register(CountryRules.IsValid, () => CountryEstablishmentValidator.Instance);
        Register(CountryRules.IsValid, () => DesignationFootnoteValidator.Instance);
        Register(CountryRules.IsValid, () => CountryDesignationValidator.Instance);
        Register(CountryRules.IsValid, () => CountryValidator.Instance);
        Register(OrganisationRules.IsValid, () => OrganisationValidator.Instance);
        Register(AgreementRules.IsValid, () => AgreementEventValidator.Instance);
        Register(AgreementRules.IsValid, () => PartyEventValidator.Instance);
        Register(AgreementRules.IsValid, () => PartyStatementValidator.Instance);
        Register(AgreementRules.IsValid, () => IneligiblePartyValidator.Instance);
        Register(AgreementRules.IsValid, () => AgreementIdentifiersValidator.Instance);
        Register<Agreement>(AgreementRules.IsValid, () => AgreementValidator.Instance);
        Register<ExchangeDocument>(d => ExchangeRuleTables.Document.Passes(d), () => ExchangeDocumentValidator.Instance);
        Register<ActionResult>(EmpactRules.IsValid, () => ActionResultValidator.Instance);
        Register<CrimePriority>(EmpactRules.IsValid, () => CrimePriorityValidator.Instance);
        Register<CycleResult>(EmpactRules.IsValid, () => CycleResultValidator.Instance);
        Register<OperationalAction>(EmpactRules.IsValid, () => OperationalActionValidator.Instance);
        Register<OperationalActionPlan>(EmpactRules.IsValid, () => OperationalActionPlanValidator.Instance);
        Register<PolicyCycle>(EmpactRules.IsValid, () => PolicyCycleValidator.Instance);
        Register<PriorityPredecessor>(EmpactRules.IsValid, () => PriorityPredecessorValidator.Instance);
        Register<Quantity>(EmpactRules.IsValid, () => QuantityValidator.Instance);
        Register<ThreatAssessment>(EmpactRules.IsValid, () => ThreatAssessmentValidator.Instance);
        Register<CaseStatistic>(StatisticsRules.IsValid, () => CaseStatisticValidator.Instance);
        Register<CaseStatisticSet>(StatisticsRules.IsValid, () => CaseStatisticSetValidator.Instance);
        Register<CountryRanking>(StatisticsRules.IsValid, () => CountryRankingValidator.Instance);
        Register<RankingEntry>(StatisticsRules.IsValid, () => RankingEntryValidator.Instance);
    }

    /// <summary>Whether <paramref name="value"/> passes every rule of its type; on the fast path, without allocating.</summary>
    /// <typeparam name="T">A model type with a validator.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no validator.</exception>
    public static bool IsValid<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        var runners = Runners<T>.Value ?? throw Unsupported(typeof(T));
        return runners.Fast is { } fast ? fast(value) : runners.Validator.Value.Validate(value).IsValid;
    }

    /// <summary>Validates <paramref name="value"/>: the fast path first, and the detailed validator only when it fails.</summary>
    /// <typeparam name="T">A model type with a validator.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>A result with every problem, or an empty (valid) result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no validator.</exception>
    public static ValidationResult Validate<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        var runners = Runners<T>.Value ?? throw Unsupported(typeof(T));
        return runners.Fast is { } fast && fast(value) ? new ValidationResult() : runners.Validator.Value.Validate(value);
    }

    /// <summary>The FluentValidation validator of a model type (the shared instance, built on first use).</summary>
    /// <typeparam name="T">A model type with a validator.</typeparam>
    /// <returns>The validator.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no validator.</exception>
    public static IValidator<T> ValidatorFor<T>()
        where T : class => (Runners<T>.Value ?? throw Unsupported(typeof(T))).Validator.Value;

    /// <summary>Whether a model type has a fast path; the others are checked by their validator alone.</summary>
    /// <typeparam name="T">A model type.</typeparam>
    /// <returns><see langword="true"/> when it has one.</returns>
    public static bool HasFastPath<T>()
        where T : class => Runners<T>.Value?.Fast is not null;

    private static void Register<T>(Func<T, bool>? fast, Func<IValidator<T>> validator)
        where T : class => Runners<T>.Value = new(fast, new Lazy<IValidator<T>>(validator));

    private static NotSupportedException Unsupported(Type type) => new($"{type.Name} has no JhaModel validator.");

    private static class Runners<T>
        where T : class
    {
        public static (Func<T, bool>? Fast, Lazy<IValidator<T>> Validator)? Value { get; set; }
    }
}
