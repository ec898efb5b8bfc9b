namespace JhaModel.Fuzz;

/// <summary>
/// Reads decisions from the fuzzer's bytes, in order (libFuzzer's FuzzedDataProvider style): each call consumes
/// what it needs and an exhausted input answers zero, so every byte string is a valid recipe and a small change of
/// the bytes is a small change of the recipe.
/// </summary>
internal sealed class DataProvider(byte[] data, int start = 0)
{
    private int position = start;

    public int Position => position;

    public int Remaining => Math.Max(0, data.Length - position);

    public byte NextByte() => position < data.Length ? data[position++] : (byte)0;

    /// <summary>A number in [0, count); zero when count is zero or less.</summary>
    public int Choose(int count)
    {
        if (count <= 1)
        {
            return 0;
        }

        int value = count <= 256 ? NextByte() : (NextByte() << 8) | NextByte();
        return value % count;
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Choose(items.Count)];

    public bool NextBool() => (NextByte() & 1) == 1;

    /// <summary>The rest of the input, from the current position.</summary>
    public byte[] Rest()
    {
        byte[] rest = position < data.Length ? data[position..] : [];
        position = data.Length;
        return rest;
    }
}
