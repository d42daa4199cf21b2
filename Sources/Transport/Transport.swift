/// The `Transport` module (see DESIGN.md, module map). Its types arrive with their issues.
enum TransportModule {}
