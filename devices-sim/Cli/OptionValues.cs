using System.Globalization;
using System.Numerics;

namespace ResponseCentre.DevicesSim.Cli;

/// <summary>The <c>--name value</c> pairs that follow a command word. Problems surface as <see cref="FormatException"/>.</summary>
internal sealed class OptionValues
{
    private readonly Dictionary<string, string> _values;

    private OptionValues(Dictionary<string, string> values) => _values = values;

    public static OptionValues Parse(ReadOnlySpan<string> args, IReadOnlyCollection<string> knownNames)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || !knownNames.Contains(name[2..]))
            {
                throw new FormatException($"Unknown option '{name}'.");
            }

            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new FormatException($"Option '{name}' needs a value.");
            }

            if (!values.TryAdd(name[2..], args[i + 1]))
            {
                throw new FormatException($"Option '{name}' is given twice.");
            }
        }

        return new OptionValues(values);
    }

    public string? GetStringOrNull(string name) => _values.GetValueOrDefault(name);

    public string GetString(string name, string defaultValue) => _values.GetValueOrDefault(name, defaultValue);

    public string GetRequiredString(string name) =>
        _values.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"Option '--{name}' is required.");

    public int GetRequiredInt32(string name, int min, int max) =>
        _values.ContainsKey(name)
            ? GetNumber(name, min, min, max)
            : throw new FormatException($"Option '--{name}' is required.");

    public T GetNumber<T>(string name, T defaultValue, T min, T max) where T : INumber<T>
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return defaultValue;
        }

        return T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new FormatException($"Option '--{name}' must be a number from {min} to {max}, not '{text}'.");
    }
}
