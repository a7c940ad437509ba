using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using TongHop.Search.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace TongHop.Search.Indexing;

/// <summary>
/// The full-text index of stored reports: a Lucene folder (by default <c>DATA/search-index</c>, one per web node)
/// that can always be rebuilt from the database. One process writes (it holds the folder's lock); another process
/// on the same folder opens it read-only and sees the writer's commits on <see cref="Refresh"/>.
/// The watermark of the indexer (the last processed time it has caught up to) lives in the commit's user data,
/// so the database schema does not change. Thread-safe.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string WatermarkKey = "watermark";

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _commitLock = new();

    private SearchIndex(LuceneDirectory directory, IndexWriter? writer)
    {
        _directory = directory;
        _writer = writer;
        _searchers = writer is null ? new SearcherManager(directory, null) : new SearcherManager(writer, true, null);
    }

    public static VietnameseAnalyzer Analyzer { get; } = new();

    /// <summary>Whether this process holds the folder's write lock (and so keeps the index in step).</summary>
    public bool CanWrite => _writer is not null;

    /// <summary>
    /// Opens the index in <paramref name="folder"/>, creating it when missing. When another process holds the
    /// write lock, opens it read-only (when it has a commit), or throws <see cref="IOException"/> saying so.
    /// </summary>
    public static SearchIndex Open(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        System.IO.Directory.CreateDirectory(folder);
        var directory = FSDirectory.Open(folder);
        try
        {
            var config = new IndexWriterConfig(VietnameseAnalyzer.Version, Analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND, RAMBufferSizeMB = 64 };
            var writer = new IndexWriter(directory, config);
            if (!DirectoryReader.IndexExists(directory))
            {
                writer.Commit();
            }

            return new SearchIndex(directory, writer);
        }
        catch (LockObtainFailedException)
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                directory.Dispose();
                throw new IOException($"The search index in {folder} is being written by another process (a running web app?) and has no commit yet; try again shortly.");
            }

            return new SearchIndex(directory, null);
        }
    }

    /// <summary>The processed time up to which every stored extraction is indexed; <see cref="DateTime.MinValue"/> when none.</summary>
    public DateTime Watermark
    {
        get
        {
            var data = _writer?.CommitData ?? Use(s => ((DirectoryReader)s.IndexReader).IndexCommit.UserData);
            return data is not null && data.TryGetValue(WatermarkKey, out var text) &&
                   long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long ticks)
                ? new DateTime(ticks, DateTimeKind.Utc)
                : DateTime.MinValue;
        }
    }

    /// <summary>Adds or replaces (by submission id) the given reports. Not visible to searches until <see cref="Commit"/>.</summary>
    public void Put(IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var writer = Writer;
        foreach (var document in documents)
        {
            writer.UpdateDocument(new Term(SearchFields.Id, Id(document.SubmissionId)), SearchDocumentFields.ToLucene(document));
        }
    }

    /// <summary>Makes the changes durable and visible, recording <paramref name="watermark"/>.</summary>
    public void Commit(DateTime watermark)
    {
        var writer = Writer;
        lock (_commitLock)
        {
            writer.SetCommitData(new Dictionary<string, string> { [WatermarkKey] = watermark.Ticks.ToString(CultureInfo.InvariantCulture) });
            writer.Commit();
        }

        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Removes every report and the watermark (a rebuild starts with this).</summary>
    public void Clear()
    {
        Writer.DeleteAll();
        Commit(DateTime.MinValue);
    }

    /// <summary>Which of the given revisions (<see cref="SearchDocument.Revision"/>) are already indexed.</summary>
    public IReadOnlySet<string> Indexed(IEnumerable<string> revisions)
    {
        ArgumentNullException.ThrowIfNull(revisions);
        return Use(s => revisions.Where(r => s.IndexReader.DocFreq(new Term(SearchFields.Revision, r)) > 0).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Number of indexed reports.</summary>
    public int Count => Use(s => s.IndexReader.NumDocs);

    /// <summary>Picks up commits of the writing process (read-only instances) or of this one.</summary>
    public void Refresh() => _searchers.MaybeRefresh();

    /// <summary>Runs <paramref name="action"/> on a searcher of the latest visible commit.</summary>
    public T Use<T>(Func<IndexSearcher, T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var searcher = _searchers.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    internal static string Id(int submissionId) => submissionId.ToString(CultureInfo.InvariantCulture);

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("The search index is open read-only: another process keeps it in step.");

    public void Dispose()
    {
        _searchers.Dispose();
        _writer?.Dispose();
        _directory.Dispose();
    }
}
