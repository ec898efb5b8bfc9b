using JhaModel.Exchange;

namespace JhaModel.Cli.Validation;

/// <summary>Validates an NDJSON stream record by record, on one thread or several: memory stays flat however long the stream, and the output is the same.</summary>
internal static class NdjsonValidation
{
    /// <param name="stream">The input; the library stops reading it at the first line longer than the limit.</param>
    /// <param name="outcome">Counts the records and problems.</param>
    /// <param name="output">Where each problem is written as it is found.</param>
    /// <param name="options">The reader's limits.</param>
    /// <param name="maxProblems">Reading stops once this many problems have been listed.</param>
    /// <param name="jobs">How many threads read and validate lines; 1 reads on this thread alone.</param>
    public static void Run(Stream stream, InputOutcome outcome, IValidationOutput output, ExchangeReaderOptions options, long maxProblems, int jobs)
    {
        long listed = 0;
        var records = jobs == 1 ? JhaExchange.ReadNdjson(stream, options) : JhaExchange.ReadNdjsonParallel(stream, options, jobs, CancellationToken.None);
        foreach (var record in records)
        {
            outcome.Records++;
            if (!record.IsSuccess)
            {
                outcome.InvalidRecords++;
            }

            foreach (var problem in record.Problems)
            {
                outcome.Count(problem);
                if (listed < maxProblems)
                {
                    output.Problem(outcome, problem);
                    listed++;
                }
            }

            if (listed >= maxProblems)
            {
                outcome.StoppedAfterProblems = maxProblems;
                outcome.StoppedAtLine = record.LineNumber;
                return;
            }

            if (record.EndsStream)
            {
                outcome.StoppedAtLine = record.LineNumber;
                outcome.StoppedAtLongLine = true;
            }
        }
    }
}
