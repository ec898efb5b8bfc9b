using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Empact;

/// <summary>
/// The code of an operational action within its plan, e.g. <c>OA 3.2</c>.
/// </summary>
/// <remarks>
/// The text form is <c>OA</c>, one space and one to four numbers from 1 to 999 joined by dots, without leading
/// zeros (<c>OA 1</c>, <c>OA 3.2</c>, <c>OA 2.10.1</c>). A code is unique within its plan, not across plans. Codes
/// order number by number, so <c>OA 3.2</c> comes before <c>OA 3.10</c>. The default value is invalid:
/// <see cref="IsDefault"/> is <see langword="true"/>, <see cref="ToString"/> returns the empty string and
/// validators reject it.
/// </remarks>
[JsonConverter(typeof(TextValueJsonConverter<ActionCode>))]
[TextValue("an action code", Expected = "an action code (e.g. \"OA 3.2\")", Example = "OA 3.2")]
public readonly partial struct ActionCode
{
    private const string Prefix = "OA ";
    private const int MaxNumbers = 4;

    /// <summary>The numbers of the code, e.g. <c>[3, 2]</c> for <c>OA 3.2</c>.</summary>
    /// <exception cref="InvalidOperationException">The value is the default value.</exception>
    public IReadOnlyList<int> Numbers
    {
        get
        {
            if (_value is null)
            {
                throw new InvalidOperationException("The default ActionCode has no numbers.");
            }

            var numbers = new List<int>(MaxNumbers);
            var rest = _value.AsSpan(Prefix.Length);
            while (!rest.IsEmpty)
            {
                numbers.Add(NextNumber(ref rest));
            }

            return numbers.AsReadOnly();
        }
    }

    /// <summary>Orders number by number (<c>OA 3.2</c> before <c>OA 3.10</c>, <c>OA 3</c> before <c>OA 3.1</c>); the default value first.</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(ActionCode other)
    {
        if (_value is null || other._value is null)
        {
            return (_value is not null).CompareTo(other._value is not null);
        }

        var a = _value.AsSpan(Prefix.Length);
        var b = other._value.AsSpan(Prefix.Length);
        while (true)
        {
            if (a.IsEmpty || b.IsEmpty)
            {
                return a.Length.CompareTo(b.Length);
            }

            int c = NextNumber(ref a).CompareTo(NextNumber(ref b));
            if (c != 0)
            {
                return c;
            }
        }
    }

    internal static string DescribeFailure(string text) =>
        $"{JsonErrors.Quote(text)} is not an action code; expected 'OA', a space and one to four numbers from 1 to 999 joined by dots, without leading zeros (e.g. 'OA 3.2').";

    private static bool IsValid(ReadOnlySpan<char> s)
    {
        if (!s.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = s[Prefix.Length..];
        int numbers = 0;
        while (true)
        {
            int end = rest.IndexOf('.');
            var number = end < 0 ? rest : rest[..end];
            if (number.Length is < 1 or > 3 || number[0] is < '1' or > '9')
            {
                return false;
            }

            foreach (char c in number)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            if (++numbers > MaxNumbers)
            {
                return false;
            }

            if (end < 0)
            {
                return true;
            }

            rest = rest[(end + 1)..];
        }
    }

    private static int NextNumber(ref ReadOnlySpan<char> s)
    {
        int value = 0;
        int i = 0;
        for (; i < s.Length && s[i] != '.'; i++)
        {
            value = (value * 10) + (s[i] - '0');
        }

        s = i < s.Length ? s[(i + 1)..] : [];
        return value;
    }
}
