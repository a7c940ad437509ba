namespace TongHop.Extraction.Indicators.Catalog;

/// <summary>
/// One term of a phrasing, folded and lower-cased with words joined by single spaces ("khong dung tien mat").
/// </summary>
/// <param name="Folded">The words to find.</param>
/// <param name="MayBeInContext">Written "~term": it may occur in the sentences just before instead
/// ("… đối tượng bảo trợ xã hội: 336 đối tượng. … không dùng tiền mặt: 336/336 …").</param>
public readonly record struct PhrasingTerm(string Folded, bool MayBeInContext);
