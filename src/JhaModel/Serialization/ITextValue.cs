namespace JhaModel.Serialization;

/// <summary>
/// A value written as one string: an identifier, a code or a word of an open vocabulary. It parses strictly, has
/// one written form (<see cref="object.ToString"/>) and an invalid <c>default</c> that stands for "missing".
/// </summary>
/// <typeparam name="TSelf">The value type.</typeparam>
/// <remarks>
/// One converter (<see cref="TextValueJsonConverter{T}"/>) and one presence rule serve every text value.
/// A type marked <see cref="TextValueAttribute"/> gets this interface and what it shares with the others generated.
/// </remarks>
internal interface ITextValue<TSelf> : ISpanParsable<TSelf>, IUtf8SpanParsable<TSelf>, IEquatable<TSelf>, IComparable<TSelf>
    where TSelf : struct, ITextValue<TSelf>
{
    /// <summary>What a valid value looks like, for error messages, e.g. <c>a kebab-case agreement identifier (e.g. "coe-cets-185")</c>.</summary>
    static abstract string ExpectedForm { get; }

    /// <summary>
    /// Whether parsing accepts only the form <see cref="object.ToString"/> writes (true for most types); a type that
    /// parses other spellings too (aliases, other casing) says false, and the wire then refuses them.
    /// </summary>
    static virtual bool HasOneSpelling => true;

    /// <summary>Whether this is the default, invalid value.</summary>
    bool IsDefault { get; }

    /// <summary>The value a user most likely meant by <paramref name="text"/>, which does not parse, or null.</summary>
    /// <param name="text">The text that does not parse.</param>
    /// <returns>The form meant, or <see langword="null"/>.</returns>
    static virtual string? Hint(string text) => null;
}
