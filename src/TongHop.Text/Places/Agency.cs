namespace TongHop.Text.Places;

/// <summary>What kind of body an <see cref="Agency"/> is (rows of <c>Places/Data/agencies.tsv</c>).</summary>
public enum AgencyKind
{
    /// <summary>A State body: Quốc hội, Ủy ban Thường vụ Quốc hội, Tòa án nhân dân tối cao…</summary>
    State,

    /// <summary>A central Party body: Bộ Chính trị, Ban Bí thư, Ban Chỉ đạo Trung ương…</summary>
    Party,

    /// <summary>Chính phủ, Thủ tướng Chính phủ.</summary>
    Government,

    /// <summary>A ministry (Bộ).</summary>
    Ministry,

    /// <summary>A ministerial-level agency: Ngân hàng Nhà nước Việt Nam, Thanh tra Chính phủ, Văn phòng Chính phủ.</summary>
    Ministerial,

    /// <summary>An agency under the Government: Đài Truyền hình Việt Nam, Viện Hàn lâm…</summary>
    GovernmentAgency,

    /// <summary>A provincial department or agency, named without its province: "Sở Y tế", "Công an tỉnh".</summary>
    Provincial,

    /// <summary>A province's own body: "Ủy ban nhân dân", "Tỉnh ủy" (followed by the province).</summary>
    ProvincialBody,

    /// <summary>A commune's body: "Ủy ban nhân dân", "Đảng ủy", "Công an" (followed by the commune).</summary>
    CommuneBody,

    /// <summary>A word for a kind of unit written before its proper name: "Bệnh viện Đa khoa", "Trường Tiểu học".</summary>
    UnitKind,
}

/// <summary>A body that issues documents, with its official spelling and the short forms of its number symbols.</summary>
/// <param name="Name">Official name: "Bộ Khoa học và Công nghệ", "Sở Y tế", "Bệnh viện Đa khoa".</param>
/// <param name="Symbols">Short names used in document numbers ("BKHCN", "SKHCN", "CAT").</param>
/// <param name="Former">Dissolved or merged in the 2025 reorganisation (documents still name it).</param>
public sealed record Agency(AgencyKind Kind, string Name, IReadOnlyList<string> Symbols, bool Former);
