using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Reflection;
using System.Text;
using JhaModel.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return JhaCli.Run(args);

namespace JhaModel.Cli
{
    /// <summary>The command line: parsing, exit codes, and the one-line error for anything wrong with the input or the options.</summary>
    internal static class JhaCli
    {
        public static string Version { get; } =
            typeof(JhaCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

        public static int Run(string[] args)
        {
            var root = Commands.Build();
            ParseResult parse = root.Parse(args);

            // Help and --version win over everything else on the line.
            var version = root.Options.OfType<VersionOption>().Single();
            if (parse.Action is HelpAction || (parse.Action is not null && ReferenceEquals(parse.Action, version.Action)))
            {
                return parse.Invoke();
            }

            if (UsageError(parse) is { } error)
            {
                Console.Error.WriteLine($"jha: {error} (see 'jha {CommandPath(parse)}--help')");
                return ExitCodes.Usage;
            }

            try
            {
                return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            }
            catch (CliException e)
            {
                Console.Error.WriteLine($"jha: {e.Message}");
                return e.ExitCode;
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"jha: {e.Message}");
                return ExitCodes.Usage;
            }
            catch (UnauthorizedAccessException e)
            {
                Console.Error.WriteLine($"jha: {e.Message}");
                return ExitCodes.Usage;
            }
#pragma warning disable CA1031 // The tool's promise: no stack trace, one line, whatever goes wrong.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Console.Error.WriteLine($"jha: internal error ({e.GetType().Name}): {e.Message}");
                return ExitCodes.Internal;
            }
        }

        /// <summary>The first usage error, on one line: a parse error, an unknown option taken for an argument, or no command.</summary>
        private static string? UsageError(ParseResult parse)
        {
            var unknown = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens)
                .FirstOrDefault(t => t.Value.Length > 1 && t.Value.StartsWith('-'));
            if (unknown is not null)
            {
                return $"unknown option '{unknown.Value}'";
            }

            if (parse.UnmatchedTokens.Count > 0)
            {
                string token = parse.UnmatchedTokens[0];
                return token.StartsWith('-') && token.Length > 1 ? $"unknown option '{token}'"
                    : parse.CommandResult.Command is RootCommand ? $"unknown command '{token}'; the commands are report, validate, schema and sample"
                    : $"unexpected argument '{token}'";
            }

            if (parse.CommandResult.Command is RootCommand && parse.Tokens.Count == 0)
            {
                return "a command is required: report, validate, schema or sample";
            }

            return parse.Errors.Count > 0 ? string.Join(' ', parse.Errors[0].Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.') : null;
        }

        private static string CommandPath(ParseResult parse)
        {
            var names = new List<string>();
            for (var result = parse.CommandResult; result is not null && result.Command is not RootCommand; result = result.Parent as CommandResult)
            {
                names.Insert(0, result.Command.Name);
            }

            return names.Count == 0 ? string.Empty : string.Join(' ', names) + " ";
        }
    }

    /// <summary>The exit codes, documented in docs/cli.md.</summary>
    internal static class ExitCodes
    {
        public const int Valid = 0;
        public const int Invalid = 1;
        public const int Usage = 2;
        public const int Internal = 3;
    }

    /// <summary>A failure reported as one line on stderr with its exit code: a missing or unreadable file, invalid data.</summary>
    internal sealed class CliException(string message, int exitCode) : Exception(message)
    {
        public int ExitCode { get; } = exitCode;
    }
}
