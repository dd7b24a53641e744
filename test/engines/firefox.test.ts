import { describeFlows } from './flows';

describeFlows('firefox');
