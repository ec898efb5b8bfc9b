using JhaModel.Serialization;
using JhaModel.Validation;

namespace JhaModel.Exchange;

/// <summary>Collects problems up to <see cref="ExchangeReaderOptions.MaxProblems"/>, then one that says how many more there were.</summary>
internal sealed class ProblemList
{
    private readonly List<ExchangeProblem> _problems = [];
    private readonly int _max;
    private int _dropped;

    public ProblemList(int max) => _max = Math.Max(1, max);

    public bool IsFull => _problems.Count >= _max;

    public bool HasErrors => _problems.Exists(p => p.Severity == ProblemSeverity.Error) || _dropped > 0;

    public int Count => _problems.Count;

    public void Add(string code, string path, string message, long? line = null, long? column = null, ProblemSeverity severity = ProblemSeverity.Error)
    {
        if (IsFull)
        {
            _dropped++;
            return;
        }

        _problems.Add(new ExchangeProblem { Code = code, Path = JsonErrors.SafeMessage(path), Message = JsonErrors.SafeMessage(message), Line = line, Column = column, Severity = severity });
    }

    public void AddRange(IEnumerable<ExchangeProblem> problems)
    {
        foreach (var p in problems)
        {
            Add(p.Code, p.Path, p.Message, p.Line, p.Column, p.Severity);
        }
    }

    public IReadOnlyList<ExchangeProblem> ToList(Func<IEnumerable<ExchangeProblem>, IEnumerable<ExchangeProblem>>? order = null)
    {
        var list = (order is null ? _problems : order(_problems)).ToList();
        if (_dropped > 0)
        {
            list.Add(new ExchangeProblem
            {
                Code = JhaErrorCodes.LimitExceeded,
                Path = "$",
                Message = $"{_dropped:N0} more problems were found and not listed; expected at most {_max:N0} problems per input (the reader's problem limit).",
                Severity = ProblemSeverity.Error,
            });
        }

        return list;
    }
}
