namespace TongHop.Parsing;

/// <summary>How a section heading is numbered, from the outermost to the innermost.</summary>
public enum HeadingKind
{
    /// <summary>"I.", "II." (OCR: "Il.", "I11.", "HI.", "1IL").</summary>
    Roman,

    /// <summary>"1.", "2.1.".</summary>
    Arabic,

    /// <summary>"a)", "b)".</summary>
    Letter,
}
