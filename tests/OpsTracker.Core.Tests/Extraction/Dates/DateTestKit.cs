using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Dates;

/// <summary>Shared helpers: every test writes original Arabic and reads it through the normaliser.</summary>
internal static class DateTestKit
{
    /// <summary>A Wednesday.</summary>
    public static readonly DateOnly Published = new(2025, 3, 12);

    public static IReadOnlyList<DateMention> Find(string original, DateOnly? published) =>
        DateReader.Default.FindAll(ArabicNormalizer.Normalize(original).Text, published);

    public static DateMention Single(string original, DateOnly? published) => Assert.Single(Find(original, published));

    public static DateOnly? Day(string? iso) => iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly? Dateline(string original) => DateReader.Default.FindDateline(ArabicNormalizer.Normalize(original).Text);

    public static int? Year(string original) => DateReader.Default.InferPublicationYear(ArabicNormalizer.Normalize(original).Text);
}
