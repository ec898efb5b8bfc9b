using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Reflection;
using System.Text;
using JhaModel.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
StandardStreams.Install();
return JhaCli.Run(args);

namespace JhaModel.Cli
{
    /// <summary>The command line: parsing, exit codes, and the one-line error for anything wrong with the input or the options.</summary>
    internal static class JhaCli
    {
        private static readonly string InformationalVersion =
            typeof(JhaCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

        /// <summary>The version, as the report names it (<c>0.1.0-beta.1</c>): without the commit.</summary>
        public static string Version { get; } = InformationalVersion.Split('+')[0];

        /// <summary>What <c>jha --info</c> prints: the version, the commit, the runtime and the operating system, one per line.</summary>
        public static string Info() =>
            $"jha {Version}\ncommit: {(InformationalVersion.Split('+') is [_, var commit, ..] ? commit : "unknown")}\n"
            + $"runtime: {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription} ({System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier})\n"
            + $"os: {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";

        /// <summary>A hint for a mistyped name: <c> (did you mean 'report'?)</c>, or nothing when no name is close.</summary>
        public static string DidYouMean(string typed, IEnumerable<string> candidates)
        {
            string bare = typed.TrimStart('-');
            var best = candidates
                .Select(c => (Name: c, Distance: JhaModel.Serialization.NearMiss.Distance(bare, c.TrimStart('-'))))
                .Where(c => c.Distance <= Math.Max(1, bare.Length / 3) || (bare.Length >= 3 && c.Name.TrimStart('-').StartsWith(bare, StringComparison.Ordinal)))
                .OrderBy(c => c.Distance)
                .ThenBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => c.Name)
                .FirstOrDefault();
            return best is null ? string.Empty : $" (did you mean '{best}'?)";
        }

        public static int Run(string[] args)
        {
            try
            {
                int code = RunCore(args);
                StandardStreams.Flush();
                return code;
            }
            catch (OutputFailedException e) when (e.IsClosedPipe)
            {
                // The reader has gone (`jha validate big.ndjson | head -1`): end quietly, as a tool ended by SIGPIPE.
                return StandardStreams.ClosedPipeExitCode;
            }
            catch (OutputFailedException e)
            {
                Console.Error.WriteLine($"jha: {e.Message}");
                return ExitCodes.Usage;
            }
        }

        private static int RunCore(string[] args)
        {
            var root = Commands.Build();
            ParseResult parse = root.Parse(args);

            // Help, --version, --info and the [suggest] directive (shell completion) win over everything else on the line.
            if (parse.Action is HelpAction)
            {
                return InvokeHelp(parse);
            }

            if (parse.Action is PrintAction
                || root.Directives.OfType<SuggestDirective>().Any(d => parse.GetResult(d) is not null))
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
            catch (OutputFailedException)
            {
                throw;
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

        /// <summary>Prints the help a parse asks for, with optional arguments shown as optional.</summary>
        public static int InvokeHelp(ParseResult parse)
        {
            using var help = new StringWriter { NewLine = "\n" };
            int code = parse.Invoke(new InvocationConfiguration { Output = help });
            var command = parse.CommandResult.Command;
            Console.Out.Write(Commands.ShowOptionalArguments(help.ToString(), command) + Commands.ExamplesSection(command));
            return code;
        }

        /// <summary>The first usage error, on one line: a parse error, an unknown option taken for an argument, or no command.</summary>
        private static string? UsageError(ParseResult parse)
        {
            var unknown = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens)
                .FirstOrDefault(t => t.Value.Length > 1 && t.Value.StartsWith('-'));
            if (unknown is not null)
            {
                return $"unknown option '{unknown.Value}'{DidYouMean(unknown.Value, OptionNames(parse.CommandResult.Command))}";
            }

            if (parse.UnmatchedTokens.Count > 0)
            {
                string token = parse.UnmatchedTokens[0];
                return token.StartsWith('-') && token.Length > 1 ? $"unknown option '{token}'{DidYouMean(token, OptionNames(parse.CommandResult.Command))}"
                    : parse.CommandResult.Command is RootCommand ? $"unknown command '{token}'{DidYouMean(token, Commands.Names)}; the commands are report, validate, dataset, schema, sample, completion and help"
                    : $"unexpected argument '{token}'";
            }

            if (parse.CommandResult.Command is RootCommand && parse.Tokens.Count == 0)
            {
                return "a command is required: report, validate, schema, sample, completion or help";
            }

            return parse.Errors.Count > 0 ? string.Join(' ', parse.Errors[0].Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.') : null;
        }

        /// <summary>The long options a command takes (its own and the recursive ones of the root).</summary>
        private static IEnumerable<string> OptionNames(Command command) =>
            command.Options.Select(o => o.Name).Concat(["--help", "--version"]).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct();

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
