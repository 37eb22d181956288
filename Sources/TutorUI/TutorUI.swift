/// TutorUI: the pure application core. (Placeholder.)
public enum TutorUIInfo {}
