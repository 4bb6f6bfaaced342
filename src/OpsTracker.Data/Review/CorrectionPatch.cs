using System.Text.Json.Nodes;

namespace OpsTracker.Data.Review;

/// <summary>The corrected fields of a JSON merge patch: every member but the reason, which every change carries apart.</summary>
public static class CorrectionPatch
{
    public const string ReasonMember = "reason";

    /// <summary>A copy of <paramref name="patch"/> without its reason.</summary>
    public static JsonObject Fields(JsonObject patch)
    {
        ArgumentNullException.ThrowIfNull(patch);
        var fields = new JsonObject();
        foreach (var (key, value) in patch)
        {
            if (key != ReasonMember)
            {
                fields[key] = value?.DeepClone();
            }
        }
        return fields;
    }
}
