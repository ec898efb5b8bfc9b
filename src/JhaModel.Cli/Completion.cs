using System.CommandLine;

namespace JhaModel.Cli;

/// <summary>
/// <c>jha completion bash|zsh|fish</c>: a script that completes <c>jha</c>'s commands, options and values in the shell.
/// The script asks the tool itself, through System.CommandLine's <c>[suggest:POSITION]</c> directive, so completion
/// always knows the options of the installed version.
/// </summary>
internal static class Completion
{
    /// <summary>The shells a script is written for.</summary>
    public static readonly string[] Shells = ["bash", "zsh", "fish"];

    public static Command Build()
    {
        var shell = new Argument<string>("SHELL") { Description = "The shell: bash, zsh or fish." };
        shell.CompletionSources.Add(Shells);
        shell.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && !Shells.Contains(result.Tokens[0].Value, StringComparer.Ordinal))
            {
                result.AddError($"SHELL: '{result.Tokens[0].Value}' is not one of {string.Join(", ", Shells)}");
            }
        });
        var command = new Command("completion", "Print a shell completion script for bash, zsh or fish; load it from the shell's start-up file.")
        {
            shell,
        };
        Commands.WithExamples(command, "source <(jha completion bash)         # in ~/.bashrc",
                "source <(jha completion zsh)          # in ~/.zshrc, after compinit",
                "jha completion fish > ~/.config/fish/completions/jha.fish");
        command.SetAction(parse =>
        {
            Console.Out.Write(Script(parse.GetValue(shell)!));
            return ExitCodes.Valid;
        });
        return command;
    }

    /// <summary>The completion script for a shell.</summary>
    public static string Script(string shell) => shell switch
    {
        "bash" => """
            # jha completion for bash: source <(jha completion bash)
            _jha_complete() {
                local IFS=$'\n'
                COMPREPLY=($(jha "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null))
            }
            complete -o default -o nosort -F _jha_complete jha

            """,
        "zsh" => """
            #compdef jha
            # jha completion for zsh: source <(jha completion zsh), after compinit
            _jha() {
                local -a candidates
                candidates=("${(@f)$(jha "[suggest:${CURSOR}]" "${BUFFER}" 2>/dev/null)}")
                compadd -Q -a candidates
                _files
            }
            compdef _jha jha

            """,
        "fish" => """
            # jha completion for fish: jha completion fish > ~/.config/fish/completions/jha.fish
            function __jha_complete
                set -l line (commandline -cp)
                jha "[suggest:"(string length -- "$line")"]" "$line" 2>/dev/null
            end
            complete -c jha -a '(__jha_complete)'

            """,
        _ => throw new ArgumentOutOfRangeException(nameof(shell), shell, "expected bash, zsh or fish"),
    };
}
