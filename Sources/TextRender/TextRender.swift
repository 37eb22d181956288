/// TextRender: display width, wrapping and Markdown → styled lines. (Placeholder.)
public enum TextRenderInfo {}
