/** Reading settings and Listen: loaded when the reader first asks for either. */
export function act(control: HTMLElement): void {
  void control;
}
