using System.Text;

namespace OpsTracker.Benchmarks;

/// <summary>The five seed reports of the repository's seeds/ folder, found by walking up to OpsTracker.sln.</summary>
public static class SeedCorpus
{
    /// <summary>The parameter value that runs all five seeds in one benchmark call.</summary>
    public const string All = "all-five";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Texts = new(Load);

    /// <summary>Seed names (the file name without .txt), then <see cref="All"/>.</summary>
    public static IEnumerable<string> Names => Texts.Value.Keys.Order(StringComparer.Ordinal).Append(All);

    public static IReadOnlyList<string> TextsOf(string name) =>
        name == All ? Texts.Value.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToList() : [Texts.Value[name]];

    /// <summary>UTF-8 bytes of the text(s) one benchmark call reads: the throughput's numerator.</summary>
    public static long Utf8Bytes(string name) => TextsOf(name).Sum(t => (long)Encoding.UTF8.GetByteCount(t));

    public static string Folder
    {
        get
        {
            var starts = new[] { AppContext.BaseDirectory, Environment.CurrentDirectory };
            foreach (var start in starts)
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "OpsTracker.sln")))
                    {
                        return Path.Combine(dir.FullName, "seeds");
                    }
                }
            }
            throw new DirectoryNotFoundException($"no OpsTracker.sln above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}");
        }
    }

    private static Dictionary<string, string> Load() =>
        Directory.GetFiles(Folder, "*.txt").ToDictionary(
            f => Path.GetFileNameWithoutExtension(f),
            f => File.ReadAllText(f, Encoding.UTF8),
            StringComparer.Ordinal);
}
