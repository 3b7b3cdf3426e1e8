import registerDiagnostics from './diagnostics.test';
import registerActions from './actions.test';
import registerCommands from './commands.test';
import registerPerformance from './performance.test';
import registerPreview from './preview.test';
import registerHostilePreview from './hostile-preview.test';

export default function registerSuites(): void {
  registerDiagnostics();
  registerActions();
  registerCommands();
  registerPreview();
  registerPerformance();
  // Last: the harness inspects this preview's webview after the suites finish.
  registerHostilePreview();
}
