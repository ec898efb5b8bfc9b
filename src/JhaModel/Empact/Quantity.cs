using System.Text.Json.Serialization;

namespace JhaModel.Empact;

/// <summary>
/// A non-negative amount with its unit, e.g. 31,584 (<c>count</c>) or more than 171 <c>tonne</c>s; when the source
/// gives only a bound, <see cref="Bound"/> says which, so that no exact figure is invented.
/// </summary>
public sealed record Quantity
{
    /// <summary>The amount, zero or more; with a <see cref="Bound"/>, the bounding value (171 in "more than 171 tonnes").</summary>
    public required decimal Value { get; init; }

    /// <summary>The unit, e.g. <see cref="QuantityUnit.Count"/> or <see cref="QuantityUnit.Tonne"/>.</summary>
    public required QuantityUnit Unit { get; init; }

    /// <summary>How <see cref="Value"/> bounds the true figure, or <see langword="null"/> when it is exact.</summary>
    public QuantityBound? Bound { get; init; }

    /// <summary>Whether the value is exact (no <see cref="Bound"/>).</summary>
    [JsonIgnore]
    public bool IsExact => Bound is null;

    /// <summary>Whether the value is a lower bound: the true figure is at least, or more than, <see cref="Value"/>.</summary>
    [JsonIgnore]
    public bool IsLowerBound => Bound is QuantityBound.AtLeast or QuantityBound.MoreThan;

    /// <summary>Whether the value is an upper bound: the true figure is at most, or less than, <see cref="Value"/>.</summary>
    [JsonIgnore]
    public bool IsUpperBound => Bound is QuantityBound.AtMost or QuantityBound.LessThan;

    /// <summary>An exact quantity.</summary>
    /// <param name="value">The amount.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The quantity.</returns>
    public static Quantity Exactly(decimal value, QuantityUnit unit) => new() { Value = value, Unit = unit };

    /// <summary>A quantity known only to exceed <paramref name="value"/> ("more than 171 tonnes").</summary>
    /// <param name="value">The value the true figure exceeds.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The quantity, with <see cref="Bound"/> <see cref="QuantityBound.MoreThan"/>.</returns>
    public static Quantity MoreThan(decimal value, QuantityUnit unit) => new() { Value = value, Unit = unit, Bound = QuantityBound.MoreThan };

    /// <summary>The text form, e.g. <c>31584 count</c> or <c>&gt;171 tonne</c>.</summary>
    /// <returns>The bound sign (if any), the value in invariant culture and the unit.</returns>
    public override string ToString()
    {
        string sign = Bound switch
        {
            QuantityBound.AtLeast => "≥",
            QuantityBound.MoreThan => ">",
            QuantityBound.AtMost => "≤",
            QuantityBound.LessThan => "<",
            _ => string.Empty,
        };
        return sign + Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + Unit;
    }
}
