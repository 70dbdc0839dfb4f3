public enum FoedusVersion { public static let code = "0.1.0" }
