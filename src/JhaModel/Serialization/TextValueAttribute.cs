namespace JhaModel.Serialization;

/// <summary>
/// Marks a <c>partial</c> struct as a text value: the generator in <c>src/JhaModel.Generators</c> writes its
/// equality, hashing, ordering, parsing (<see cref="ISpanParsable{TSelf}"/>, <see cref="IUtf8SpanParsable{TSelf}"/>),
/// formatting and well-known values, and implements <see cref="ITextValue{TSelf}"/>.
/// </summary>
/// <remarks>
/// <para>The struct writes only what is its own:</para>
/// <list type="bullet">
/// <item>its grammar: either <c>private static bool IsValid(ReadOnlySpan&lt;char&gt;)</c>, and the value is stored as
/// its text (a generated <c>string? _value</c>, ordered ordinally), or <c>private static bool TryParseCore(ReadOnlySpan&lt;char&gt;, out T)</c>
/// with its own fields, <c>IsDefault</c>, <c>ToString</c> and a private <c>Key</c> that equality, hashing and order use
/// (a <c>TryParseCore(ReadOnlySpan&lt;byte&gt;, out T)</c> is then the UTF-8 fast path);</item>
/// <item><c>internal static string DescribeFailure(string text)</c>, the message of a <see cref="FormatException"/>;</item>
/// <item>its order, when it is not that of its text or key: a <c>CompareTo(T)</c> of its own;</item>
/// <item>its well-known values: <c>public static partial T Name { get; }</c> properties marked <see cref="WellKnownAttribute"/>, with their docs;</item>
/// <item>its docs, and <c>[JsonConverter(typeof(TextValueJsonConverter&lt;T&gt;))]</c> (the JSON source generator
/// does not see what another generator writes).</item>
/// </list>
/// </remarks>
/// <param name="noun">The value in words with its article, for docs, e.g. <c>an agreement identifier</c>.</param>
[AttributeUsage(AttributeTargets.Struct, Inherited = false)]
internal sealed class TextValueAttribute(string noun) : Attribute
{
    /// <summary>The value in words with its article, for docs, e.g. <c>an agreement identifier</c>.</summary>
    public string Noun { get; } = noun;

    /// <summary>What a valid value looks like, for error messages on the wire (<see cref="ITextValue{TSelf}.ExpectedForm"/>).</summary>
    public required string Expected { get; init; }

    /// <summary>A valid value, for docs, e.g. <c>coe-cets-185</c>.</summary>
    public string Example { get; init; } = string.Empty;

    /// <summary>Whether a text-stored value has a public constructor from its text (an extensible enum's <c>new("tonne")</c>); false unless set.</summary>
    public bool PublicConstructor { get; init; }

    /// <summary>Whether parsing accepts only the written form (<see cref="ITextValue{TSelf}.HasOneSpelling"/>); true unless set.</summary>
    public bool OneSpelling { get; init; } = true;
}

/// <summary>Marks a <c>static partial</c> property of a <see cref="TextValueAttribute"/> struct as a well-known value; the generator writes its body and lists it in <c>WellKnown</c>.</summary>
/// <param name="text">The value's text, e.g. <c>readmission</c>.</param>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
internal sealed class WellKnownAttribute(string text) : Attribute
{
    /// <summary>The value's text, e.g. <c>readmission</c>.</summary>
    public string Text { get; } = text;
}
