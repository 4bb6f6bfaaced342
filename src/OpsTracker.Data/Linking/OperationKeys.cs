using System.Globalization;

namespace OpsTracker.Data.Linking;

/// <summary>
/// What identifies an operation across re-extractions: its report's file name and its evidence span
/// ("file.txt#120-245"), as the review overrides do. The kind is left out because an analyst's correction may change it.
/// </summary>
public static class OperationKeys
{
    public static string Of(string reportFileName, int evidenceStart, int evidenceEnd) =>
        string.Create(CultureInfo.InvariantCulture, $"{reportFileName}#{evidenceStart}-{evidenceEnd}");
}
