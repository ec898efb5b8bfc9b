using FluentValidation;
using FluentValidation.Results;

namespace JhaModel.Validation;

/// <summary>The context of a rule table whose rules need nothing but the value.</summary>
internal readonly struct NoContext;

/// <summary>
/// One rule of a <see cref="RuleTable{T, TContext}"/>: what it checks (its predicate), and how it reports (code, message
/// and member path in the words of the wire). Each rule runs on both runners: <see cref="Passes"/> on the fast path,
/// without allocating, and <see cref="AddTo"/> adds it to a FluentValidation validator for the detailed report.
/// </summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TContext">What the rules need besides the value (a resolver, a dataset), or <see cref="NoContext"/>.</typeparam>
internal abstract class Rule<T, TContext>
{
    /// <summary>Whether <paramref name="value"/> passes the rule; without allocating.</summary>
    public abstract bool Passes(T value, TContext context);

    /// <summary>Adds the rule to <paramref name="validator"/>, which reports its failures.</summary>
    public abstract void AddTo(AbstractValidator<T> validator, TContext context);
}

/// <summary>
/// The rules of one type, declared once and in order; the fast path (<see cref="Passes"/>) and the FluentValidation
/// validator (<see cref="AddTo"/>) both run this one list, so they cannot drift apart.
/// </summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TContext">What the rules need besides the value, or <see cref="NoContext"/>.</typeparam>
internal sealed class RuleTable<T, TContext>
    where T : class
{
    private readonly Rule<T, TContext>[] _rules;

    /// <summary>Declares the rules, in the order the validator reports them.</summary>
    public RuleTable(Func<RuleBuilder<T, TContext>, Rule<T, TContext>[]> declare) => _rules = declare(default);

    /// <summary>The rules, in order.</summary>
    public IReadOnlyList<Rule<T, TContext>> Rules => _rules;

    /// <summary>Whether <paramref name="value"/> passes every rule; stops at the first that fails and allocates nothing.</summary>
    public bool Passes(T value, TContext context = default!)
    {
        for (int i = 0; i < _rules.Length; i++)
        {
            if (!_rules[i].Passes(value, context))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds every rule, in order, to <paramref name="validator"/>.</summary>
    public void AddTo(AbstractValidator<T> validator, TContext context = default!)
    {
        foreach (var rule in _rules)
        {
            rule.AddTo(validator, context);
        }
    }
}

/// <summary>
/// The kinds of rule a table declares. A member path is written as on the wire (<c>partyEvents</c>); the validator
/// reports it as the property it names (<c>PartyEvents</c>), which the exchange reader turns back into a JSON path.
/// </summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TContext">What the rules need besides the value.</typeparam>
#pragma warning disable CA1822 // The builder's members are instance members so that a table's declaring lambda infers T and TContext.
internal readonly struct RuleBuilder<T, TContext>
    where T : class
{
    /// <summary>The member at <paramref name="path"/> passes <paramref name="test"/>; the message may hold <c>{PropertyValue}</c>.</summary>
    public Rule<T, TContext> Must<TProperty>(string path, Func<T, TProperty> get, Func<TProperty, bool> test, string code, string message) =>
        new MustRule<TProperty>(path, get, (v, _) => test(v), code, message, null);

    /// <summary>The member at <paramref name="path"/> passes <paramref name="test"/>; the message is made from the value.</summary>
    public Rule<T, TContext> Must<TProperty>(string path, Func<T, TProperty> get, Func<TProperty, bool> test, string code, Func<T, string> message) =>
        new MustRule<TProperty>(path, get, (v, _) => test(v), code, null, (x, _) => message(x));

    /// <summary>The value passes <paramref name="test"/> with the context; the failure is reported at <paramref name="path"/>.</summary>
    public Rule<T, TContext> Must(string path, Func<T, TContext, bool> test, string code, Func<T, TContext, string> message) =>
        new MustRule<T>(path, x => x, test, code, null, message);

    /// <summary>Every element of the list at <paramref name="path"/> passes <paramref name="test"/>; each failing element is reported at its index.</summary>
    public Rule<T, TContext> EachMust<TElement>(string path, Func<T, IReadOnlyList<TElement>> get, Func<TElement, bool> test, string code, string message) =>
        new EachMustRule<TElement>(path, get, test, code, message);

    /// <summary>Every element of the list at <paramref name="path"/> is not null and passes the rules of its own type (<see cref="JhaValidation"/>).</summary>
    public Rule<T, TContext> Each<TElement>(string path, Func<T, IReadOnlyList<TElement>> get, string nullMessage)
        where TElement : class =>
        new EachRule<TElement, NoContext>(path, get, (e, _) => JhaValidation.IsValid(e), _ => default, _ => JhaValidation.ValidatorFor<TElement>(), nullMessage);

    /// <summary>
    /// Every element of the list at <paramref name="path"/> is not null and passes <paramref name="table"/> in the context
    /// <paramref name="contextOf"/> gives; the detailed report comes from the validator <paramref name="validatorOf"/> gives.
    /// </summary>
    public Rule<T, TContext> Each<TElement, TElementContext>(
        string path, Func<T, IReadOnlyList<TElement>> get, RuleTable<TElement, TElementContext> table, Func<TContext, TElementContext> contextOf,
        Func<TContext, IValidator<TElement>> validatorOf, string nullMessage)
        where TElement : class =>
        new EachRule<TElement, TElementContext>(path, get, table.Passes, contextOf, validatorOf, nullMessage);

    /// <summary>The optional member at <paramref name="path"/>, when given, passes the rules of its own type.</summary>
    public Rule<T, TContext> Optional<TChild>(string path, Func<T, TChild?> get)
        where TChild : class =>
        new ChildRule<TChild>(path, get, null, null);

    /// <summary>The member at <paramref name="path"/> is given (else <paramref name="code"/>) and passes the rules of its own type.</summary>
    public Rule<T, TContext> Required<TChild>(string path, Func<T, TChild?> get, string code, string message)
        where TChild : class =>
        new ChildRule<TChild>(path, get, code, message);

    /// <summary>
    /// <paramref name="find"/> finds nothing; what it finds is reported at <paramref name="path"/> (at the element
    /// <paramref name="at"/> names, when given) with a message made from it, so that the search runs once.
    /// </summary>
    public Rule<T, TContext> None<TFound>(string path, Func<T, TContext, TFound?> find, string code, Func<T, TFound, string> message, Func<T, TFound, int>? at = null)
        where TFound : struct =>
        new FindRule<TFound>(path, find, code, message, at);

    /// <summary><see cref="None{TFound}(string, Func{T, TContext, TFound?}, string, Func{T, TFound, string}, Func{T, TFound, int}?)"/> for a search that needs no context.</summary>
    public Rule<T, TContext> None<TFound>(string path, Func<T, TFound?> find, string code, Func<T, TFound, string> message, Func<T, TFound, int>? at = null)
        where TFound : struct =>
        new FindRule<TFound>(path, (x, _) => find(x), code, message, at);

    /// <summary>
    /// <paramref name="find"/> finds no index (it returns -1); a found index is reported at <paramref name="path"/>, at that
    /// element when <paramref name="atElement"/>, with a message made from it.
    /// </summary>
    public Rule<T, TContext> NoIndex(string path, Func<T, int> find, string code, Func<T, int, string> message, bool atElement = true) =>
        new FindRule<int>(path, (x, _) => Found(find(x)), code, message, atElement ? (_, i) => i : null);

    /// <summary><see cref="NoIndex(string, Func{T, int}, string, Func{T, int, string}, bool)"/> for a search that needs the context.</summary>
    public Rule<T, TContext> NoIndex(string path, Func<T, TContext, int> find, string code, Func<T, int, string> message, bool atElement = true) =>
        new FindRule<int>(path, (x, c) => Found(find(x, c)), code, message, atElement ? (_, i) => i : null);

    /// <summary>The rules of another table over the same type (the rules every sourced fact obeys).</summary>
    public Rule<T, TContext> Include(RuleTable<T, NoContext> table) => new IncludeRule(table);

    private static int? Found(int index) => index < 0 ? null : index;

    /// <summary>The property name FluentValidation reports for a wire member path: <c>partyEvents</c> is <c>PartyEvents</c>.</summary>
    private static string PropertyName(string path) => string.Concat(path[..1].ToUpperInvariant(), path[1..]);

    private sealed class MustRule<TProperty>(
        string path, Func<T, TProperty> get, Func<TProperty, TContext, bool> test, string code, string? template, Func<T, TContext, string>? message)
        : Rule<T, TContext>
    {
        public override bool Passes(T value, TContext context) => test(get(value), context);

        public override void AddTo(AbstractValidator<T> validator, TContext context)
        {
            var rule = validator.RuleFor(x => get(x)).Configure(r => r.PropertyName = PropertyName(path)).Must(v => test(v, context)).WithErrorCode(code);
            _ = message is null ? rule.WithMessage(template!) : rule.WithMessage(x => message(x, context));
        }
    }

    private sealed class EachMustRule<TElement>(string path, Func<T, IReadOnlyList<TElement>> get, Func<TElement, bool> test, string code, string message)
        : Rule<T, TContext>
    {
        public override bool Passes(T value, TContext context)
        {
            var items = get(value);
            for (int i = 0; i < items.Count; i++)
            {
                if (!test(items[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override void AddTo(AbstractValidator<T> validator, TContext context) =>
            validator.RuleForEach(x => get(x)).Configure(r => r.PropertyName = PropertyName(path)).EachMust(test, code, message);
    }

    private sealed class EachRule<TElement, TElementContext>(
        string path, Func<T, IReadOnlyList<TElement>> get, Func<TElement, TElementContext, bool> passes, Func<TContext, TElementContext> contextOf,
        Func<TContext, IValidator<TElement>> validatorOf, string nullMessage)
        : Rule<T, TContext>
        where TElement : class
    {
        public override bool Passes(T value, TContext context)
        {
            var elementContext = contextOf(context);
            var items = get(value);
            for (int i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (item is null || !passes(item, elementContext))
                {
                    return false;
                }
            }

            return true;
        }

        public override void AddTo(AbstractValidator<T> validator, TContext context)
        {
            var elementContext = contextOf(context);
            validator.RuleForEach(x => get(x)).Configure(r => r.PropertyName = PropertyName(path)).EachValid(e => passes(e, elementContext), validatorOf(context), nullMessage);
        }
    }

    private sealed class ChildRule<TChild>(string path, Func<T, TChild?> get, string? code, string? message) : Rule<T, TContext>
        where TChild : class
    {
        public override bool Passes(T value, TContext context)
        {
            var child = get(value);
            return child is null ? code is null : JhaValidation.IsValid(child);
        }

        public override void AddTo(AbstractValidator<T> validator, TContext context)
        {
            var childValidator = JhaValidation.ValidatorFor<TChild>();
            var rule = validator.RuleFor(x => get(x)).Configure(r => r.PropertyName = PropertyName(path));
            if (code is null)
            {
                rule.SetValidator(childValidator!);
            }
            else
            {
                rule.NotNull().WithErrorCode(code).WithMessage(message!).SetValidator(childValidator!);
            }
        }
    }

    private sealed class FindRule<TFound>(string path, Func<T, TContext, TFound?> find, string code, Func<T, TFound, string> message, Func<T, TFound, int>? at)
        : Rule<T, TContext>
        where TFound : struct
    {
        public override bool Passes(T value, TContext context) => !find(value, context).HasValue;

        public override void AddTo(AbstractValidator<T> validator, TContext context)
        {
            // The search runs once: its finding gives the failure's message and the element it points at. The rule's
            // component carries the code too, so that the validator's descriptor lists every code it can report.
            var rule = validator.RuleFor(x => x);
            rule.Custom((x, ctx) =>
            {
                var found = find(x, context);
                if (!found.HasValue)
                {
                    return;
                }

                var what = found.GetValueOrDefault();
                ctx.AddFailure(new ValidationFailure(ctx.PropertyPath, message(x, what), x)
                {
                    ErrorCode = code,
                    CustomState = at is null ? null : new ElementAt(at(x, what)),
                });
            });
            rule.Configure(r =>
            {
                r.PropertyName = PropertyName(path);
                r.Current.ErrorCode = code;
            });
        }
    }

    private sealed class IncludeRule(RuleTable<T, NoContext> table) : Rule<T, TContext>
    {
        public override bool Passes(T value, TContext context) => table.Passes(value, default);

        public override void AddTo(AbstractValidator<T> validator, TContext context) => table.AddTo(validator, default);
    }
}
#pragma warning restore CA1822
