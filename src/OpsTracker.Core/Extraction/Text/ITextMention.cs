namespace OpsTracker.Core.Extraction.Text;

/// <summary>A span of the normalised text something was read from (a date, a place), lists of which are kept in text order.</summary>
public interface ITextMention
{
    /// <summary>Where the mention starts in the normalised text.</summary>
    int Start { get; }
}
