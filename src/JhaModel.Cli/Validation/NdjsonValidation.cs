namespace JhaModel.Cli.Validation;

/// <summary>Validates an NDJSON stream record by record.</summary>
internal static class NdjsonValidation
{
    public static void Run(Stream stream, InputOutcome outcome, IValidationOutput output) =>
        throw new CliException($"'{outcome.Name}' is NDJSON, which this build of JhaModel cannot read yet", ExitCodes.Usage);
}
