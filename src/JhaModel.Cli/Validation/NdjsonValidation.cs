using JhaModel.Exchange;

namespace JhaModel.Cli.Validation;

/// <summary>Validates an NDJSON stream record by record: memory stays flat however long the stream.</summary>
internal static class NdjsonValidation
{
    public static void Run(Stream stream, InputOutcome outcome, IValidationOutput output)
    {
        foreach (var record in JhaExchange.ReadNdjson(stream, null))
        {
            outcome.Records++;
            if (!record.IsSuccess)
            {
                outcome.InvalidRecords++;
            }

            foreach (var problem in record.Problems)
            {
                outcome.Count(problem);
                output.Problem(outcome, problem);
            }
        }
    }
}
