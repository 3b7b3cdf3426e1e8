import registerDiagnostics from './diagnostics.test';
import registerActions from './actions.test';
import registerCommands from './commands.test';
import registerPerformance from './performance.test';

export default function registerSuites(): void {
  registerDiagnostics();
  registerActions();
  registerCommands();
  registerPerformance();
}
