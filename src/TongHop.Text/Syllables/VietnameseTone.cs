namespace TongHop.Text.Syllables;

/// <summary>The six tones of Vietnamese, as written by one (or no) tone mark on the main vowel.</summary>
public enum VietnameseTone
{
    /// <summary>No mark (thanh ngang).</summary>
    Level,
    /// <summary>Grave accent (thanh huyền): à.</summary>
    Falling,
    /// <summary>Acute accent (thanh sắc): á.</summary>
    Rising,
    /// <summary>Hook above (thanh hỏi): ả.</summary>
    Dipping,
    /// <summary>Tilde (thanh ngã): ã.</summary>
    Broken,
    /// <summary>Dot below (thanh nặng): ạ.</summary>
    Heavy,
}
