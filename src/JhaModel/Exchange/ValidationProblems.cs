using System.Text;
using System.Text.Json;
using FluentValidation;

namespace JhaModel.Exchange;

/// <summary>Turns validator failures into problems with JSON paths that exist in the input.</summary>
internal static class ValidationProblems
{
    /// <summary>
    /// Validates <paramref name="value"/> — the fast path first, the detailed validator only when it fails — and reports
    /// each failure at the JSON path of the member it names (or the nearest that exists), and at the element of a list that
    /// a rule over the whole list names (<see cref="Validation.ElementAt"/>).
    /// </summary>
    public static void Add<T>(IValidator<T> validator, Func<T, bool>? fast, T value, string path, JsonElement element, ProblemList problems)
    {
        if (fast is not null && fast(value))
        {
            return;
        }

        var result = validator.Validate(value);
        foreach (var failure in result.Errors)
        {
            // A rule over a whole list that names one element of it reports at that element.
            string relative = ToJsonPath(Validation.ElementAt.PropertyPath(failure));
            problems.Add(failure.ErrorCode, Existing(element, path, relative), failure.ErrorMessage);
        }
    }

    /// <summary>Converts a FluentValidation property path (<c>PartyEvents[0].Date</c>) to JSON path segments (<c>.partyEvents[0].date</c>).</summary>
    public static string ToJsonPath(string? propertyName)
    {
        if (string.IsNullOrEmpty(propertyName))
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (string segment in propertyName.Split('.'))
        {
            builder.Append('.');
            if (segment.Length > 0)
            {
                builder.Append(char.ToLowerInvariant(segment[0])).Append(segment.AsSpan(1));
            }
        }

        return builder.ToString();
    }

    /// <summary>The longest prefix of <paramref name="relative"/> under <paramref name="basePath"/> that exists in <paramref name="element"/>.</summary>
    public static string Existing(JsonElement element, string basePath, string relative)
    {
        string existing = basePath;
        var current = element;
        int i = 0;
        while (i < relative.Length)
        {
            int next = i + 1;
            while (next < relative.Length && relative[next] != '.' && relative[next] != '[')
            {
                next++;
            }

            string segment = relative[i..next];
            if (segment.StartsWith('.') && current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment[1..], out var child))
            {
                current = child;
            }
            else if (segment.StartsWith('[') && current.ValueKind == JsonValueKind.Array
                && int.TryParse(segment.AsSpan(1, segment.Length - 2), out int index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                break;
            }

            existing += segment;
            i = next;
        }

        return existing;
    }
}
