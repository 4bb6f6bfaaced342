using System.Security.Cryptography;
using System.Text;

namespace OpsTracker.Core.Extraction;

/// <summary>
/// The extractor's identity: a hash of its code (the Core assembly's module version id, which a deterministic build
/// changes only when the code changes) and of the bytes of each reference data file it read (embedded, or from the
/// OPSTRACKER_DATA folder). A database re-extracts its reports when this changes, so an analyst's edit of a word list
/// reaches reports already stored.
/// </summary>
public static class ExtractorVersion
{
    /// <summary>Bumped when the format of the version itself changes.</summary>
    private const string Scheme = "2.";

    /// <summary>Hex digits kept of the SHA-256: 64 bits, plenty to tell versions apart.</summary>
    private const int Digits = 16;

    /// <summary>
    /// The version for the data this process read, or (for a file not read yet) would read from
    /// <paramref name="overrideFolder"/> or the embedded copy.
    /// </summary>
    public static string Current(string? overrideFolder) =>
        Compute(name => EmbeddedData.HashOf(name, overrideFolder));

    /// <summary>The version the data files of <paramref name="overrideFolder"/> (and the embedded ones it lacks) give.</summary>
    public static string For(string? overrideFolder) =>
        Compute(name => SHA256.HashData(EmbeddedData.ReadAllBytes(name, overrideFolder)));

    private static string Compute(Func<string, byte[]> hashOf)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(typeof(ExtractorVersion).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var name in EmbeddedData.FileNames)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(name));
            sha.AppendData(hashOf(name));
        }
        return Scheme + Convert.ToHexStringLower(sha.GetHashAndReset())[..Digits];
    }
}
