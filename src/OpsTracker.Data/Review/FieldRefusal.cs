using System.Globalization;

namespace OpsTracker.Data.Review;

/// <summary>
/// Why one field of a change was refused. <see cref="Template"/> is an English composite format (the dashboard's
/// resource key for it, so the UI shows it in its own language beside the field); <see cref="Message"/> is the English
/// text the API answers with.
/// </summary>
public sealed record FieldRefusal(string Field, string Template, params object[] Arguments)
{
    public string Message => Arguments.Length == 0 ? Template : string.Format(CultureInfo.InvariantCulture, Template, Arguments);

    /// <summary>The refusals as a validation problem's errors: messages by field.</summary>
    public static IReadOnlyDictionary<string, string[]> Errors(IEnumerable<FieldRefusal> refusals)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        return refusals.GroupBy(r => r.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Message).ToArray(), StringComparer.Ordinal);
    }
}
