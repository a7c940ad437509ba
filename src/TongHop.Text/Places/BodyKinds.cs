using TongHop.Text.Normalization;

namespace TongHop.Text.Places;

/// <summary>What a body's kind word says of the body it names.</summary>
[Flags]
public enum BodyRole
{
    /// <summary>The council or committee of a place, or a Party committee: "UBND xã …", "HĐND tỉnh", "Đảng ủy phường …".</summary>
    Authority = 1,

    /// <summary>A body of its own: a ministry, a department, the police, a school, a company, an association ("Sở Tư
    /// pháp", "Công an tỉnh", "Hội Nông dân").</summary>
    Agency = 2,

    /// <summary>An office inside a body, never a body of its own: "Phòng Hành chính", "Khoa Nội", "Bộ phận Một cửa",
    /// "Tổ Kỹ thuật". What it reports is the body's own figures.</summary>
    Office = 4,

    /// <summary>A part of a body with a place or a team of its own: "Hạt Kiểm lâm", "Trạm 2", "Chi nhánh …", "Đội …",
    /// "Văn phòng Ban". A kind that is both a branch and an agency ("Trung tâm", "Trường", "Chi cục", "Viện") is as often
    /// a body of its own as a part of one.</summary>
    Branch = 8,
}

/// <summary>A kind of body as written before its name, and what it says of the body.</summary>
/// <param name="Words">As written in small letters: "ủy ban nhân dân", "sở", "bộ phận".</param>
/// <param name="Role">What the kind says (several roles where it is used both ways).</param>
/// <param name="CommonWordsToo">Whether the kind, capitalised at a clause's start, also opens words that name no body
/// ("Báo cáo", "Hội nghị", and folded "Đại hội" for "đài"): a reader that takes the capital alone for a body's name
/// skips it.</param>
public sealed record BodyKind(string Words, BodyRole Role, bool CommonWordsToo = false)
{
    /// <summary>The words folded (no marks, small letters): "uy ban nhan dan".</summary>
    public string Folded { get; } = VietnameseText.FoldLower(Words);

    /// <summary>Whether the kind has any of the roles.</summary>
    public bool Is(BodyRole roles) => (Role & roles) != 0;
}

/// <summary>
/// The kinds of body written before a body's name ("Sở Tư pháp", "Phòng Hành chính", "UBND xã Pa Ủ"): one list for
/// every reader that asks whether a text names a body, which body, and whether it is the issuer's own part. Before
/// 2026-12-07 five readers kept five lists of these words (the parts of a unit, the issuer's own offices, a quoted body,
/// another body named in a sentence, an issuer that names a body), each missing some of the others' words.
/// </summary>
public static class BodyKinds
{
    /// <summary>Every kind, a longer one before a shorter one it opens with ("ủy ban nhân dân" before "ủy ban").</summary>
    public static IReadOnlyList<BodyKind> All { get; } =
    [
        new("ủy ban nhân dân", BodyRole.Authority),
        new("ubnd", BodyRole.Authority),
        new("ủy ban", BodyRole.Authority),
        new("hội đồng nhân dân", BodyRole.Authority),
        new("hđnd", BodyRole.Authority),
        new("đảng ủy", BodyRole.Authority),
        new("đảng bộ", BodyRole.Authority),
        new("ban chấp hành", BodyRole.Authority),
        new("chi bộ", BodyRole.Authority),
        new("sở", BodyRole.Agency),
        new("bộ chỉ huy", BodyRole.Agency),
        new("bộ phận", BodyRole.Office),
        new("bộ", BodyRole.Agency),
        new("tổng cục", BodyRole.Agency),
        new("chi cục", BodyRole.Agency | BodyRole.Branch),
        new("cục", BodyRole.Agency),
        new("ban", BodyRole.Agency),
        new("công an", BodyRole.Agency),
        new("bảo hiểm", BodyRole.Agency),
        new("kho bạc", BodyRole.Agency),
        new("thanh tra", BodyRole.Agency),
        new("viễn thông", BodyRole.Agency),
        new("công ty", BodyRole.Agency),
        new("bệnh viện", BodyRole.Agency),
        new("hội sở", BodyRole.Branch),
        new("hội", BodyRole.Agency, CommonWordsToo: true),
        new("báo", BodyRole.Agency, CommonWordsToo: true),
        new("đài", BodyRole.Agency, CommonWordsToo: true),
        new("đồn", BodyRole.Agency),
        new("trung tâm", BodyRole.Agency | BodyRole.Branch),
        new("trường", BodyRole.Agency | BodyRole.Branch),
        new("viện", BodyRole.Agency | BodyRole.Branch),
        new("văn phòng", BodyRole.Branch),
        new("phòng", BodyRole.Office),
        new("khoa", BodyRole.Office),
        new("tổ", BodyRole.Office),
        new("hạt", BodyRole.Branch),
        new("trạm", BodyRole.Branch),
        new("chi nhánh", BodyRole.Branch),
        new("đội", BodyRole.Branch),
        new("xí nghiệp", BodyRole.Branch),
        new("cơ sở", BodyRole.Branch),
        new("phân hiệu", BodyRole.Branch),
        new("điểm trường", BodyRole.Branch),
    ];

    /// <summary>The kinds with any of the roles, in <see cref="All"/>'s order.</summary>
    public static IReadOnlyList<BodyKind> With(BodyRole roles) => [.. All.Where(k => k.Is(roles))];
}
