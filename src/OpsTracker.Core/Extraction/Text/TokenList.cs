namespace OpsTracker.Core.Extraction.Text;

/// <summary>A text's tokens in order, as the tokenizer made them: a sealed list over an array of exactly their number.</summary>
/// <remarks>
/// The readers walk a report's tokens by index at every word (<c>tokens[i]</c>, <c>tokens.Count</c>). Through
/// <see cref="IReadOnlyList{T}"/> each of those was an interface call, which is never inlined (the dispatch stubs were
/// 2.9 % of a batch), so neither the bounds test nor the loop around it was simplified. Here the indexer is the array's
/// own, inlined, with the array's bounds check; the list is still an <see cref="IReadOnlyList{T}"/> for whoever takes one.
/// </remarks>
public sealed class TokenList : IReadOnlyList<Token>
{
    private readonly Token[] _tokens;

    /// <param name="tokens">The tokens, each at its <see cref="Token.Index"/>; the list keeps the array, so nobody else may write it.</param>
    internal TokenList(Token[] tokens) => _tokens = tokens;

    public int Count => _tokens.Length;

    public Token this[int index] => _tokens[index];

    /// <summary>
    /// The same tokens as the array they are kept in, typed as a read-only list: the date scan and the place matcher
    /// take an <see cref="IReadOnlyList{T}"/> and read an array in place, where this list would be copied first.
    /// </summary>
    internal IReadOnlyList<Token> InPlace => _tokens;

    public ReadOnlySpan<Token> AsSpan() => _tokens;

    public ReadOnlySpan<Token>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => ((IEnumerable<Token>)_tokens).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _tokens.GetEnumerator();
}
