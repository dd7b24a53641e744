import { describeFlows } from './flows';

describeFlows('webkit');
