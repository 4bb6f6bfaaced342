using System.Globalization;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Generation;

/// <summary>
/// How synthetic rows are told apart from real ones: their report's file name starts with <c>synthetic/</c>
/// (<c>synthetic/&lt;seed&gt;/&lt;n&gt;.txt</c>) and its <see cref="Report.ExtractorVersion"/> is <c>synthetic</c>;
/// operations and tallies carry the rule <c>synthetic</c>. No real report file can have a '/' in its name (the
/// importer stores file names without folders).
/// </summary>
public static class SyntheticData
{
    public const string ExtractorVersion = "synthetic";
    public const string Rule = "synthetic";
    public const string FileNamePrefix = "synthetic/";

    /// <summary>The first day operations may fall on.</summary>
    public static readonly DateOnly FirstDate = new(2014, 1, 1);

    /// <summary>The folder-like prefix of one seed's reports: <c>synthetic/42/</c>.</summary>
    public static string SeedPrefix(int seed) => FileNamePrefix + seed.ToString(CultureInfo.InvariantCulture) + "/";

    /// <summary>The file name of the seed's <paramref name="number"/>th report (1-based): <c>synthetic/42/17.txt</c>.</summary>
    public static string FileName(int seed, int number) => SeedPrefix(seed) + number.ToString(CultureInfo.InvariantCulture) + ".txt";

    public static bool IsSynthetic(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.ExtractorVersion == ExtractorVersion && report.FileName.StartsWith(FileNamePrefix, StringComparison.Ordinal);
    }
}
