using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace OpsTracker.Core.Extraction;

/// <summary>
/// Opens the extractor's reference data (Extraction/Data/*.json). A file of the same name in the folder named by
/// the environment variable OPSTRACKER_DATA overrides the embedded copy, so an analyst can extend a list without
/// rebuilding. The SHA-256 of every file opened is kept, so that the extractor's version names the data it read.
/// </summary>
public static class EmbeddedData
{
    public const string OverrideVariable = "OPSTRACKER_DATA";

    /// <summary>Every reference data file the extractor reads.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["confidence.json", "dates.json", "lexicon.json", "numbers.json", "places.json", "places-geonames.json", "places-admin.json", "provinces.json"];

    private static readonly ConcurrentDictionary<string, byte[]> OpenedHashes = new(StringComparer.Ordinal);

    public static Stream Open(string fileName)
    {
        var bytes = ReadAllBytes(fileName, Environment.GetEnvironmentVariable(OverrideVariable));
        OpenedHashes[fileName] = SHA256.HashData(bytes);
        return new MemoryStream(bytes, writable: false);
    }

    /// <summary>
    /// The SHA-256 of the file as this process opened it; a file not opened yet is hashed as it would be opened
    /// now (from <paramref name="overrideFolder"/> when it holds the file, else the embedded copy).
    /// </summary>
    internal static byte[] HashOf(string fileName, string? overrideFolder) =>
        OpenedHashes.TryGetValue(fileName, out var hash) ? hash : SHA256.HashData(ReadAllBytes(fileName, overrideFolder));

    /// <summary>The bytes of a data file: from <paramref name="overrideFolder"/> when it holds the file, else embedded.</summary>
    internal static byte[] ReadAllBytes(string fileName, string? overrideFolder)
    {
        if (!string.IsNullOrEmpty(overrideFolder))
        {
            var path = Path.Combine(overrideFolder, fileName);
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
            }
        }
        var resource = "OpsTracker.Core.Extraction.Data." + fileName;
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Reference data '{fileName}' is not embedded in OpsTracker.Core.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
