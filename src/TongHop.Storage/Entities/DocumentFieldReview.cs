namespace TongHop.Storage.Entities;

/// <summary>
/// One reviewer's decision on a field of a submission's document metadata (number, date, issuer, signer, title,
/// period): confirmed as read, or corrected to <see cref="Value"/>. Rows are only ever added: the latest row of a
/// (submission, field) is the field's current state, and all of them together are its audit trail. The extraction
/// JSON itself is never changed.
/// </summary>
public sealed class DocumentFieldReview
{
    public long Id { get; set; }

    public int SubmissionId { get; set; }

    /// <summary>The field's code: <c>number</c>, <c>date</c>, <c>issuer</c>, <c>signer</c>, <c>title</c>, <c>period</c>.</summary>
    public required string Field { get; set; }

    /// <summary><see cref="ReviewState.Confirmed"/> or <see cref="ReviewState.Corrected"/>.</summary>
    public ReviewState State { get; set; }

    /// <summary>The field's value after this decision (a date as yyyy-MM-dd); null when the reviewer cleared it.</summary>
    public string? Value { get; set; }

    /// <summary>The value the field had before this decision.</summary>
    public string? FromValue { get; set; }

    public required string UserName { get; set; }

    public DateTime AtUtc { get; set; }
}
